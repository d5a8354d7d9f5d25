import ArgumentParser
import Foundation
import JourneyModel
import SiteBuilder
import SiteRenderer

/// `journeymap diff`: what a change does to the customer experience, for reviews and CI gates.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the customer experience at two revisions of the content, or in two folders.",
        discussion: """
            Loads and analyses the content at both sides as 'build' does and lists what changed: stages
            added, removed, renamed or moved; scores per stage and persona with where each came from;
            pain points; opportunities; key figures; survey rows; new warnings and errors. A revision is
            read through git (nothing is checked out, nothing is written into the repository).
            Default base: where the head parts from the default branch (origin/HEAD, else main or master).
            Default head: the content folder as it is on disk, read with the notes the last build into
            --output memoised where they are unchanged (nothing is written there).
            Exit status: 0, or 1 when a --fail-on condition is met or the comparison cannot be made.

            Examples:
              journeymap diff
              journeymap diff --base main --format markdown > cx-diff.md
              journeymap diff --base v1.0 --head v1.1 --format json
              journeymap diff --base-dir old/Content --head-dir Content
              journeymap diff --fail-on score-drop:0.5,new-high-pain,new-errors
            """
    )

    @Option(help: ArgumentHelp("The revision to compare from (default: the merge base with the default branch).", valueName: "rev"))
    var base: String?

    @Option(help: ArgumentHelp("The revision to compare to (default: the content folder as it is on disk).", valueName: "rev"))
    var head: String?

    @OptionGroup var folders: SiteFolders

    @Option(name: .customLong("base-dir"), help: ArgumentHelp("A content folder to compare from, instead of a revision.", valueName: "dir"))
    var baseDir: String?

    @Option(name: .customLong("head-dir"), help: ArgumentHelp("A content folder to compare to, instead of a revision.", valueName: "dir"))
    var headDir: String?

    @Option(help: "Output format: text, markdown (for a pull-request comment) or json.")
    var format: DiffFormat = .text

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit 1 when one of these is met: score-drop:AMOUNT, new-high-pain, new-errors (comma-separated).",
                               valueName: "conditions"))
    var failOn: DiffConditions?

    @OptionGroup var terminal: TerminalOptions

    func validate() throws {
        if base != nil && baseDir != nil { throw ValidationError("give --base or --base-dir, not both") }
        if head != nil && headDir != nil { throw ValidationError("give --head or --head-dir, not both") }
    }

    func run() throws {
        terminal.apply()
        do {
            if head == nil && headDir == nil { try folders.requireSite() }
            let conditions = failOn?.conditions ?? []
            let templatesFolder = BuildOptions(content: headDir ?? folders.content, templates: folders.templates).templatesFolder()
            let comparison = try SiteDiff.compare(content: folders.content, base: baseDir.map(DiffSource.folder) ?? base.map(DiffSource.revision),
                                                  head: headDir.map(DiffSource.folder) ?? head.map(DiffSource.revision) ?? .workingTree,
                                                  templates: templatesFolder, output: folders.output)
            for (side, label, diagnostics) in [("base", comparison.base, comparison.baseDiagnostics), ("head", comparison.head, comparison.headDiagnostics)] {
                for error in diagnostics where error.severity == .error {
                    Console.error("\(side) (\(label)): " + Console.describe(error))
                }
            }
            print(format.render(comparison))
            let met = conditions.map { ($0, $0.reasons(in: comparison.diff)) }.filter { !$0.1.isEmpty }
            guard met.isEmpty else {
                for (condition, reasons) in met {
                    Console.error(Console.styled("fail-on \(condition) met:", .error) + reasons.map { "\n    " + $0 }.joined())
                }
                throw ExitCode(1)
            }
        } catch let failure as CommandFailure {
            Console.error(failure.description)
            throw ExitCode(1)
        }
    }
}

/// How `diff` writes its report.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json

    func render(_ comparison: SiteComparison) -> String {
        switch self {
        case .text: DiffText.render(comparison.diff, base: comparison.base, head: comparison.head)
        case .markdown: DiffMarkdown.render(comparison.diff, base: comparison.base, head: comparison.head)
        case .json: DiffJSON.render(comparison.diff, base: comparison.base, head: comparison.head)
        }
    }
}

/// The conditions of `--fail-on`, read when the command line is parsed (a wrong one exits 2).
struct DiffConditions: ExpressibleByArgument {
    var conditions: [DiffCondition]

    init?(argument: String) {
        guard let conditions = DiffCondition.list(argument) else { return nil }
        self.conditions = conditions
    }
}
