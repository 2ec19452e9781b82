//! Timeline order: where each event goes (by date, coarser precision first, then `seq`, then
//! file order), events found by id at their place, and moving them there in place.

use std::collections::hash_map::Entry;

use crate::model::check::checker::Checker;
use crate::model::check::ids::IdMap;
use crate::model::format::timeline::{Event, EventIndex};
use crate::model::load::events::EventLinks;

/// For each event in file order, its place in timeline order.
pub(super) fn timeline_places(events: &[Event]) -> Vec<EventIndex> {
    let mut keys: Vec<_> = events
        .iter()
        .enumerate()
        .map(|(i, event)| (event.date.sort_key(), event.seq, i as u32))
        .collect();
    keys.sort_unstable();
    let mut places = vec![EventIndex(0); keys.len()];
    for (place, &(_, _, i)) in keys.iter().enumerate() {
        places[i as usize] = EventIndex(place as u32);
    }
    places
}

/// Each event's place in timeline order by its id; ids used twice are reported at the later one
/// in file order.
pub(super) fn places_by_id<'a>(
    check: &mut Checker,
    events: &'a [Event],
    links: &[EventLinks],
    places: &[EventIndex],
) -> IdMap<&'a str, EventIndex> {
    let mut by_id = IdMap::with_capacity_and_hasher(events.len(), Default::default());
    for ((event, links), &place) in events.iter().zip(links).zip(places) {
        let id = event.id();
        match by_id.entry(id) {
            Entry::Occupied(_) => check.duplicate_id(links.file, &links.path(), "event", id),
            Entry::Vacant(slot) => {
                slot.insert(place);
            }
        }
    }
    by_id
}

/// Moves each item to its place (`items[i]` to `places[i]`), one swap per misplaced item.
pub(super) fn move_into_places<T>(items: &mut [T], mut places: Vec<EventIndex>) {
    for i in 0..items.len() {
        // Each swap puts the item at `i` where it belongs, and brings another to `i`.
        while places[i].0 as usize != i {
            let place = places[i].0 as usize;
            items.swap(i, place);
            places.swap(i, place);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_move_to_their_places() {
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        let places = [2, 0, 3, 1, 4].map(EventIndex).to_vec();
        move_into_places(&mut items, places);
        assert_eq!(items, ['b', 'd', 'a', 'c', 'e']);
    }
}
