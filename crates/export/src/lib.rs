//! What leaves dossier: the extraction JSON contract (`dossier/extraction/v1`),
//! its validator, and the readable terminal rendering.
//!
//! Only this crate (and the server) know wire formats. Byte spans from the
//! model become code-point offsets here, at the edge.

pub mod json;
pub mod render;
pub mod spec;

pub use json::{SCHEMA, extraction, to_string, to_string_pretty, to_value};
pub use render::{Style, render};
pub use spec::validate;
