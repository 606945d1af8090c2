//! Running the built `jvsim` binary, for the command-line tests.

use std::process::{Command, Output};

pub fn jvsim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jvsim"))
        .args(args)
        .output()
        .expect("run jvsim")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
