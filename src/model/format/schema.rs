//! The JSON Schema of the timeline format, generated from the structs the loader reads.

use crate::model::format::raw::RawTimeline;

/// Where the committed copy of the schema is published in the repository.
pub const SCHEMA_PATH: &str = "schema/timeline.schema.json";

/// The schema (draft 2020-12) as pretty JSON, ending in a newline. It describes the file's
/// shape; what only the checker knows (that ids exist, that quotes are found) is not in it.
pub fn schema_json() -> String {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<RawTimeline<'static>>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
