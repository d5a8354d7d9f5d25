import ArgumentParser
import Foundation
import JourneyModel
import SiteBuilder

/// `journeymap build`: writes the site, or lists every problem and leaves the old site alone.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from the content folder.",
        discussion: """
            Prints one summary line, or every error and warning with file:line:column and exits 1.
            A build with errors writes nothing: the previous site stays as it was.

            Examples:
              journeymap build
              journeymap build --content docs/journeys --output public --drafts
              journeymap build --compare-with main
            """
    )

    @OptionGroup var folders: SiteFolders

    @OptionGroup var terminal: TerminalOptions

    @Flag(help: "Make every warning an error, so that nothing is left out quietly (as 'strict: true' in site.yml does).")
    var strict = false

    @Flag(help: "Also build journeys marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Write into a non-empty output folder that journeymap did not create.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the time of each build phase and of the slowest templates.")
    var verbose = false

    @Option(name: .customLong("compare-with"),
            help: ArgumentHelp("Add a page of what changed since this git revision, linked from the home page (as 'diff --base REV' reports it).",
                               valueName: "rev"))
    var compareWith: String?

    func run() throws {
        terminal.apply()
        try folders.requireSite()
        var options = folders.options(drafts: drafts, force: force, strict: strict)
        let progress = ProgressLine(quiet: quiet)
        options.progress = progress?.counter
        options.compareWith = compareWith
        let report = SiteBuild.run(options)
        progress?.finish()
        Console.printDiagnostics(report.diagnostics)
        if let failure = report.failure {
            Console.error(failure)
            throw ExitCode(1)
        }
        guard report.succeeded else {
            Console.error("build failed: \(Console.count(report.errors.count, "error")), nothing was written to \(folders.output)")
            throw ExitCode(1)
        }
        if !quiet && report.upToDate {
            print("Up to date: \(Console.count(report.journeys, "journey")), \(Console.count(report.stages, "stage")), "
                + "\(Console.count(report.pages, "page")); no input changed since the last build "
                + "(checked in \(String(format: "%.2f", report.totalSeconds)) s) → open \(folders.output)/index.html")
        } else if !quiet {
            let time = String(format: "%.2f", report.totalSeconds)
            let survey = [(report.survey, "survey"), (report.feedback, "feedback")].filter { $0.0.read > 0 }
                .map { "; \($0.0.read) \($0.1) rows read, \($0.0.rejected) rejected" }.joined()
            print("Built \(Console.count(report.journeys, "journey")), \(Console.count(report.stages, "stage")), "
                + "\(Console.count(report.pages, "page")) in \(time) s (\(report.written) written, \(report.unchanged) unchanged, "
                + "\(report.removed) removed\(survey)) → open \(folders.output)/index.html")
        }
        if !quiet, !report.warnings.isEmpty {
            Console.error("\(Console.count(report.warnings.count, "warning")) above: check \(report.warnings.count == 1 ? "it" : "them"), "
                + "some content may be missing from the site (--strict makes warnings errors)")
        }
        if verbose { print(BuildTimings.table(report)) }
    }
}
