//! Tests of the exception types (expected values from python3 3.11.7).
use super::*;

