//! Tests of traceback printing. Expected strings come from running the same situation under
//! python3 (CPython 3.11.7) and copying its stderr.
use super::*;
