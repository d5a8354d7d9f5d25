import ArgumentParser
import Foundation
import JourneyAuthoring

/// `journeymap export`: content in other tools' formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a journey to another format.",
        discussion: """
            Example:
              journeymap export mermaid cake-order > cake-order.mmd
            """,
        subcommands: [ExportMermaid.self]
    )
}

/// `journeymap export mermaid JOURNEY`.
struct ExportMermaid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mermaid",
        abstract: "Print a journey as a Mermaid user-journey diagram.",
        discussion: """
            Prints 'journey', the title, a section per stage and a task per step,
            with scores mapped back onto Mermaid's 1…5 (rounded) and the personas'
            names as actors; a step for everyone names them all. A step without a
            score takes its stage's score. A stage without steps becomes one task
            named after the stage, with the stage's score (the mean of its
            personas' scores, as on the map) and every persona; a stage with no
            score either becomes an empty section. 'journeymap import mermaid'
            reads the result back.

            Examples:
              journeymap export mermaid cake-order
              journeymap export mermaid cake-order --content docs/cx > cake-order.mmd
            """
    )

    @Argument(help: ArgumentHelp("The journey's slug (its folder's name).", valueName: "journey"))
    var journey: String

    @OptionGroup var folders: SiteFolders

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        terminal.apply()
        try folders.requireSite()
        try Console.authoring {
            let author = ContentAuthor(root: URL(fileURLWithPath: folders.content), displayRoot: folders.content)
            let (text, diagnostics) = try author.exportMermaid(journey: journey)
            Console.printDiagnostics(diagnostics)
            guard let text else {
                let errors = diagnostics.filter { $0.severity == .error }.count
                Console.error("export failed: the content has \(Console.count(errors, "error")); nothing was exported")
                throw ExitCode(1)
            }
            print(text, terminator: "")
        }
    }
}
