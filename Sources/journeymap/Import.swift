import ArgumentParser
import Foundation
import JourneyAuthoring

/// `journeymap import`: content from other tools' formats.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a journey from another format.",
        discussion: """
            Example:
              journeymap import mermaid my-day.mmd
            """,
        subcommands: [ImportMermaid.self]
    )
}

/// `journeymap import mermaid FILE`.
struct ImportMermaid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mermaid",
        abstract: "Import a Mermaid user-journey diagram as a journey folder.",
        discussion: """
            The diagram is read as Mermaid reads it (front matter, %% comments,
            keywords in any case, <br>, entity codes like #59;). The title becomes
            the journey (its slug comes from the title, or from the file's name
            without one; a 'title' line replaces a front matter's title, as in
            Mermaid), accTitle its scenario and accDescr its summary. Each section
            becomes a stage note, each task a step, and each actor a persona: an
            actor whose name or slug matches a persona uses it, the others get
            personas/<slug>.md; a task without actors is a step of no persona.
            Tasks before the first section go into a stage named after the title
            ("Journey" without one).

            Scores are mapped linearly from the diagram's scale onto the scale of
            site.yml (from 1…5 onto -2…2: 1 → -2, 3 → 0, 5 → 2). The diagram's
            scale is Mermaid's 1…5, or 1…7 or 1…10 when its scores go above 5
            (the smallest that holds them all, with a warning), or --scale.

            What Mermaid would not read is reported with file:line:column and what
            to write instead, and with any error nothing is written.

            Examples:
              journeymap import mermaid my-day.mmd
              journeymap import mermaid nps.mmd --scale 0..10
              journeymap import mermaid docs/onboarding.mmd --to docs/journeys
            """
    )

    @Argument(help: ArgumentHelp("The Mermaid file (a 'journey' diagram).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The content folder to write into (default: --content).", valueName: "dir"))
    var to: String?

    @Option(help: ArgumentHelp("The scale of the diagram's scores, e.g. 1..10 or 0..10 "
                                   + "(default: 1..5, or 1..7 or 1..10 when scores go above 5).", valueName: "min..max"))
    var scale: MermaidScale?

    @OptionGroup var folders: SiteFolders

    @OptionGroup var terminal: TerminalOptions

    func run() throws {
        terminal.apply()
        var target = folders
        target.content = to ?? folders.content
        try target.requireSite()
        try Console.authoring {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw AuthoringError("cannot read \(file)", hint: "check the path of the Mermaid file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw AuthoringError("\(file) is not valid UTF-8", hint: "save the file as UTF-8 in your editor")
            }
            let content = to ?? folders.content
            let outcome = try ContentAuthor(root: URL(fileURLWithPath: content), displayRoot: content).importMermaid(text, file: file, scale: scale)
            Console.printDiagnostics(outcome.diagnostics)
            guard let plan = outcome.plan else {
                let errors = outcome.diagnostics.filter { $0.severity == .error }.count
                Console.error("import failed: \(Console.count(errors, "error")), nothing was written")
                throw ExitCode(1)
            }
            print("Imported '\(plan.journey.title)': \(Console.count(plan.journey.stages.count, "stage")), "
                + "\(Console.count(plan.newPersonas.count, "new persona"))")
            print("Created " + outcome.written.joined(separator: "\n        "))
        }
    }
}

/// `--scale 1..10`.
extension MermaidScale: ExpressibleByArgument {}
