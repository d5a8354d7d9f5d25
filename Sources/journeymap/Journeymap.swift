import ArgumentParser
import Foundation
import ProcessArguments

/// The `journeymap` command: builds journey-map sites from Markdown notes.
@main
struct Journeymap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journeymap",
        abstract: "Turns a folder of Markdown stage notes into a browsable site of customer journey maps.",
        discussion: """
            Run in a site's folder (the one that holds Content/) and journeymap builds _site/ with no
            arguments, with the built-in theme and any template of your own in Templates/.
            See README.md for the content format.
            """,
        version: Version.description,
        subcommands: [Build.self, Check.self, Diff.self, Serve.self, SnapshotCommand.self, Sample.self, New.self, Import.self, Export.self,
                      Theme.self],
        defaultSubcommand: Build.self
    )

    /// The arguments the process was started with, after the program's name: from the C runtime,
    /// so that they are there without /proc too (see ProcessArguments.c); Swift's otherwise.
    static var arguments: [String] {
        let count = Int(journeymap_argument_count())
        guard count > 0 else { return Array(CommandLine.arguments.dropFirst()) }
        return (1..<count).compactMap { journeymap_argument(Int32($0)).map { String(cString: $0) } }
    }

    /// Runs the command; a wrong command line exits with status 2, as `check` documents.
    static func main() {
        MemoryUse.tune()
        do {
            var command = try parseAsRoot(Self.arguments)
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
