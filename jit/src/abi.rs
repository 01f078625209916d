//! The contract between the runtime (`src/`) and compiled code: value tags, frame view, helper
//! table and deopt record. Filled in when the value word and frames exist (issue 3).

/// Version of the ABI description; bumped whenever a layout compiled code relies on changes.
pub const ABI_VERSION: u32 = 0;
