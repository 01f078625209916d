//! Tests of the sys module (expected values from python3 3.11.7).
use super::*;
