fn main() {
    std::process::exit(jvsim::cli::main());
}
