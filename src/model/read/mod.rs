//! Reading timeline files and source texts from disk, and parsing them into the raw format.

pub mod files;
pub mod json;
pub mod nesting;
pub mod serde_message;
pub mod yaml;
