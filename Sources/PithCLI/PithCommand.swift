import ArgumentParser

/// `pith`: the command-line face of Pith.
@main
struct PithCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pith",
        abstract: "Turn web pages into clean, structured articles.",
        subcommands: [ExtractCommand.self, BatchCommand.self, EvalCommand.self, ParseCommand.self, BenchCommand.self, DevCommand.self, ServeCommand.self]
    )
}
