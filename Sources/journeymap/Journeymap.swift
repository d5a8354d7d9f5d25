import ArgumentParser

/// The `journeymap` command: builds journey-map sites from Markdown notes.
@main
struct Journeymap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeymap",
        abstract: "Turns a folder of Markdown stage notes into a browsable site of customer journey maps.",
        discussion: """
            Run from a folder that holds Content/ and Templates/ and journeymap builds _site/ with no arguments.
            See README.md for the content format.
            """,
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}
