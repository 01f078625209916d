//! Tests of the symbol tables.
