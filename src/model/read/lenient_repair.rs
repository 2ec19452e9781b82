//! Setting right the node a type or field error names, so that a lenient parse can go on to
//! the next problem: unknown fields removed, unknown values and wrong types replaced, missing
//! fields filled with placeholders the checks pass.

use serde_path_to_error::Segment;
use serde_yaml::{Mapping, Value};

/// Sets right the node at `path` for the error `message`; false when nothing could be changed
/// (the lenient parse then stops).
pub(super) fn repair(root: &mut Value, path: &[Segment], message: &str) -> bool {
    if let Some(field) = quoted_after(message, "unknown field `") {
        // The path ends at the field, or at the mapping holding it.
        let holder = match path.last() {
            Some(Segment::Map { key }) if key == field => &path[..path.len() - 1],
            _ => path,
        };
        let Some(mapping) = node(root, holder).and_then(Value::as_mapping_mut) else {
            return false;
        };
        let Some(value) = mapping.remove(field) else {
            return false;
        };
        // A misspelt field the mapping lacks is taken as meant (`titel` for `title`), so that
        // the field is not reported missing too.
        let expected = message.split_once(", expected ").map_or("", |(_, e)| e);
        let names = expected.split('`').skip(1).step_by(2);
        if let Some(meant) = crate::model::closest_id(field, names)
            && !mapping.contains_key(meant)
        {
            mapping.insert(Value::from(meant), value);
        }
        return true;
    }
    if let Some(field) = quoted_after(message, "missing field `") {
        return node(root, path)
            .and_then(Value::as_mapping_mut)
            .is_some_and(|mapping| insert_placeholder(mapping, field));
    }
    let field = match path.last() {
        Some(Segment::Map { key }) => key.as_str(),
        _ => "",
    };
    let Some(target) = node(root, path) else {
        return false;
    };
    let replacement = placeholder(field);
    if *target == replacement {
        return false;
    }
    *target = replacement;
    true
}

/// The text between `prefix` and the next backtick.
fn quoted_after<'m>(message: &'m str, prefix: &str) -> Option<&'m str> {
    message.strip_prefix(prefix)?.split('`').next()
}

fn node<'v>(root: &'v mut Value, path: &[Segment]) -> Option<&'v mut Value> {
    let mut here = root;
    for segment in path {
        here = match segment {
            Segment::Seq { index } => here.as_sequence_mut()?.get_mut(*index)?,
            Segment::Map { key } => here.as_mapping_mut()?.get_mut(key.as_str())?,
            Segment::Enum { .. } | Segment::Unknown => here,
        };
    }
    Some(here)
}

fn insert_placeholder(mapping: &mut Mapping, field: &str) -> bool {
    if mapping.contains_key(field) {
        return false;
    }
    mapping.insert(Value::from(field), placeholder(field));
    true
}

/// A value of the right kind for `field` that the checks pass.
fn placeholder(field: &str) -> Value {
    match field {
        "format" => Value::from(1),
        "status" => Value::from("reported"),
        "kind" => Value::from("other"),
        "stance" => Value::from("asserts"),
        "date_basis" | "reported_basis" => Value::from("source"),
        "date_range" => Value::from("spans"),
        "date" | "reported" | "published" => Value::from("1970"),
        "seq" => Value::from(0),
        "events" | "sources" | "actors" | "aliases" | "member_of" | "tags" | "claims" | "excerpts"
        | "related" => Value::Sequence(Vec::new()),
        _ => Value::from("placeholder"),
    }
}
