//! Validation of `member_of` links: membership must never loop back on itself.

use crate::model::check::checker::Checker;
use crate::model::diagnostic::NodePath;
use crate::model::format::timeline::Actor;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    New,
    OnPath,
    Done,
}

impl Checker {
    /// Reports each `member_of` cycle once, at the link that closes it.
    /// `places[i]` is the file and `member_of` path of `actors[i]`.
    pub(crate) fn membership_cycles(&mut self, actors: &[Actor], places: &[(usize, NodePath)]) {
        let mut visits = vec![Visit::New; actors.len()];
        for start in 0..actors.len() {
            if visits[start] != Visit::New {
                continue;
            }
            // Depth-first, with an explicit stack of (actor, next link to follow).
            let mut stack = vec![(start, 0usize)];
            visits[start] = Visit::OnPath;
            while let Some(&mut (actor, ref mut next)) = stack.last_mut() {
                let Some(group) = actors[actor].member_of.get(*next).map(|g| g.0 as usize) else {
                    visits[actor] = Visit::Done;
                    stack.pop();
                    continue;
                };
                let link = *next;
                *next += 1;
                match visits[group] {
                    Visit::New => {
                        visits[group] = Visit::OnPath;
                        stack.push((group, 0));
                    }
                    Visit::OnPath => {
                        let on_path: Vec<usize> = stack.iter().map(|&(a, _)| a).collect();
                        self.report_cycle(actors, places, &on_path, group, link);
                    }
                    Visit::Done => {}
                }
            }
        }
    }

    fn report_cycle(
        &mut self,
        actors: &[Actor],
        places: &[(usize, NodePath)],
        on_path: &[usize],
        group: usize,
        link: usize,
    ) {
        let from = on_path.iter().position(|&a| a == group).unwrap_or(0);
        let mut names: Vec<&str> = on_path[from..].iter().map(|&a| actors[a].id.as_str()).collect();
        names.push(actors[group].id.as_str());
        let closing = *on_path.last().unwrap_or(&group);
        let (file, path) = &places[closing];
        self.error(
            *file,
            &path.index(link),
            format!("membership loops back on itself: {}", names.join(" → ")),
            Some("`member_of` names the larger body an actor belongs to; remove one link of the loop".into()),
        );
    }
}
