use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = tix::cli::Cli::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tix: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(tix::commands::main(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(tix::commands::CliError::CheckFailed) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("tix: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
