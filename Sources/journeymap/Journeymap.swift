import ArgumentParser
import Foundation

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
        subcommands: [Build.self, Check.self, Serve.self, SnapshotCommand.self, Sample.self, New.self, Import.self, Export.self],
        defaultSubcommand: Build.self
    )

    /// Runs the command; a wrong command line exits with status 2, as `check` documents.
    static func main() {
        MemoryUse.tune()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
