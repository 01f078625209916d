//! Native modules under CPython's own names (`_io`, `sys`, ...).

pub mod io;
