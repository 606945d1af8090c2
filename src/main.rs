fn main() {
    // Nothing user-reachable should panic; if something does anyway, report it as an internal
    // error with status 70 (EX_SOFTWARE) rather than Rust's 101.
    let status = std::panic::catch_unwind(jvsim::cli::main).unwrap_or_else(|_| {
        eprintln!("jvsim: internal error (a bug); please report it with the command you ran");
        70
    });
    std::process::exit(status);
}
