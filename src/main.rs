use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    // The language first: --help and every line the command line prints are in it.
    let lang = tix::cli_lang::choose();
    tix::cli_lang::set(lang);
    let cli = tix::cli_lang::command(lang)
        .try_get_matches()
        .and_then(|m| tix::cli::Cli::from_arg_matches(&m))
        .unwrap_or_else(|e| e.exit());
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
