//! Reading timeline files and source texts from disk, and parsing them into the raw format.

pub(super) mod files;
pub(super) mod in_memory;
pub(super) mod json;
pub(super) mod nesting;
pub(super) mod serde_message;
pub(super) mod yaml;
mod yaml_places;
