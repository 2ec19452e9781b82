//! Opening an event in the user's editor: where it is written, and the command to run.

use std::path::{Path, PathBuf};

/// The file holding the event with this id, and the line (from 1) of its `id`, in the events
/// part of the file. Timelines name each id once, so the first match there is it.
pub fn event_line(files: &[PathBuf], id: &str) -> Option<(PathBuf, usize)> {
    files.iter().find_map(|file| {
        let text = std::fs::read_to_string(file).ok()?;
        line_of_id(&text, id).map(|line| (file.clone(), line))
    })
}

/// The line (from 1) of `id: ID` (YAML) or `"id": "ID"` (JSON) after the start of `events`.
fn line_of_id(text: &str, id: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let events = lines
        .iter()
        .position(|l| l.trim_start().starts_with("events:") || l.contains("\"events\""))?;
    let names_it = |line: &str| {
        let quoted = format!("\"id\": \"{id}\"");
        if line.contains(&quoted) || line.contains(&format!("\"id\":\"{id}\"")) {
            return true;
        }
        let line = line
            .trim_start()
            .trim_start_matches("- ")
            .trim_start_matches('{')
            .trim_start();
        line.strip_prefix("id:").is_some_and(|value| {
            let value = value.trim().split([',', '}', '#']).next().unwrap_or("").trim();
            value.trim_matches(|c| c == '"' || c == '\'') == id
        })
    };
    lines[events..]
        .iter()
        .position(|line| names_it(line))
        .map(|at| events + at + 1)
}

/// `$VISUAL`, else `$EDITOR`, else `vi`, split into the program and its own arguments
/// (`code --wait`).
pub fn editor_command() -> Vec<String> {
    let chosen = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned());
    chosen.split_whitespace().map(str::to_owned).collect()
}

/// The arguments that open `file` at `line`, as vi, emacs, nano and helix take them.
pub fn open_at(file: &Path, line: usize) -> Vec<String> {
    vec![format!("+{line}"), file.display().to_string()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_found_by_its_id_in_yaml_and_json() {
        let yaml = "format: 1\nactors:\n  - id: talks\nevents:\n  - id: intro\n    date: \"2022\"\n  - { id: talks, date: \"2022\" }\n  - id: 'last'\n";
        assert_eq!(line_of_id(yaml, "intro"), Some(5));
        // The actor `talks` comes before `events:`; the event is the one found.
        assert_eq!(line_of_id(yaml, "talks"), Some(7));
        assert_eq!(line_of_id(yaml, "last"), Some(8));
        assert_eq!(line_of_id(yaml, "missing"), None);
        let json = "{\n\"format\": 1,\n\"events\": [\n  {\"id\": \"a\", \"date\": \"2022\"},\n  {\"id\":\"b\"}\n]}\n";
        assert_eq!(line_of_id(json, "b"), Some(5));
    }
}
