import ContentLoader
import Dispatch
import Foundation
import JourneyAnalysis
import JourneyModel
import SiteRenderer
import SiteWriter

/// The build pipeline: load → analyze → render → write, each phase timed.
///
/// Nothing is written unless loading and template checks found no error, so a build with
/// errors leaves the previous site exactly as it was.
public enum SiteBuild {
    public static func run(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        var options = options
        let output = OutputFolder(path: options.output)
        let templatesFolder = options.templatesFolder()
        do {
            try output.checkWritable(protecting: [options.content] + (templatesFolder.map { [$0] } ?? []), force: options.force)
            options.comparedCommit = try options.compareWith.map { revision throws(DiffFailure) in try SiteDiff.commit(revision, content: options.content) }
        } catch {
            report.failure = "\(error)"
            return report
        }
        var incremental = timed("fingerprint", into: &report) { IncrementalBuild(options, templates: templatesFolder, output: output) }
        if let cache = incremental.upToDate {
            report.restore(from: cache)
            if options.strict { report.diagnostics = report.diagnostics.map(\.strict) }
            guard report.succeeded else { return report }
            incremental.keepUpToDate()
            return report
        }
        timed("read memo", into: &report) { incremental.readMemo() }
        incremental.discard()

        // load → analyze
        guard let (analysis, templates, stages) = prepare(options, templates: templatesFolder, reusing: incremental.reusableStages,
                                                          into: &report) else { return report }
        // render: pages are made as they are written, so that memory holds only the files in flight.
        let plan = incremental.plan(for: analysis)
        var renderer = SiteRenderer(templates: templates, contentRoot: URL(fileURLWithPath: options.content))
        if let revision = options.compareWith {
            do {
                let comparison = try timed("compare", into: &report) { () throws(DiffFailure) in
                    try SiteDiff.compare(content: options.content, base: .revision(revision), head: .workingTree,
                                         templates: templatesFolder, output: options.output)
                }
                renderer.changes = SiteChanges(revision: revision, base: comparison.base, diff: comparison.diff)
            } catch {
                report.failure = "\(error)"
                return report
            }
        }
        let files = renderer.render(analysis, journeys: plan.journeys, siteWide: plan.siteWide)
        let kept = incremental.kept(by: plan, made: Set(files.files.map(\.path)), analysis: analysis)
        report.incremental = plan.isIncremental
        report.files = files.files.count + kept.count
        report.pages = (files.files.map(\.path) + kept.keys).filter(SitePaths.isPage).count
        // write
        do {
            let written = try timed("render and write", into: &report) {
                try output.write(files.files, keeping: Array(kept.keys), progress: options.progress)
            }
            report.templates = files.clock.timings
            report.written = written.written
            report.unchanged = written.unchanged + kept.count
            report.removed = written.removed
            let built = report
            try timed("save caches", into: &report) {
                try incremental.save(report: built, outputs: written.stamps.merging(kept) { new, _ in new }, stages: stages)
            }
        } catch {
            report.failure = "\(error)"
        }
        return report
    }

    /// Checks content and templates as a build would, writing nothing.
    public static func check(_ options: BuildOptions) -> BuildReport {
        var report = BuildReport()
        _ = prepare(options, templates: options.templatesFolder(), into: &report)
        return report
    }

    /// Saves the current scores of every journey to `history/<label>.json` in the content folder.
    /// Refuses a label already saved unless `overwrite`; writes nothing when the content has errors.
    public static func snapshot(_ options: BuildOptions, label: String, date: String, overwrite: Bool) -> (BuildReport, String?) {
        var report = BuildReport()
        guard label.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]*$"#, options: .regularExpression) != nil, label.count <= 64 else {
            report.failure = "error: the label '\(label)' may use letters, digits, '.', '_' and '-' only, e.g. 2026-Q3"
            return (report, nil)
        }
        guard let (analysis, _, _) = prepare(options, templates: nil, into: &report) else { return (report, nil) }
        let folder = URL(fileURLWithPath: options.content).appendingPathComponent("history")
        let file = folder.appendingPathComponent("\(label).json")
        let display = "\(options.content)/history/\(label).json"
        if FileManager.default.fileExists(atPath: file.path), !overwrite {
            report.failure = "error: \(display) already exists\n    hint: choose another --label, or pass --force to replace it"
            return (report, nil)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(Snapshot(analysis, label: label, date: date).json().utf8).write(to: file, options: .atomic)
        } catch {
            report.failure = "error: cannot write \(display): \(error.localizedDescription)"
            return (report, nil)
        }
        return (report, display)
    }

    /// Loads, checks and analyses the content and loads the templates (the folder `templates`
    /// over the built-in theme), writing nothing; stage notes in `reusing` are taken as they
    /// are (see `StageMemo`).
    /// Returns nil when an error stops the build; the report holds every diagnostic either way.
    static func prepare(_ options: BuildOptions, templates folder: String?, reusing reusable: [String: LoadedStage] = [:],
                        into report: inout BuildReport) -> (SiteAnalysis, TemplateSet, stages: [String: LoadedStage])? {
        let loaded = timed("load", into: &report) { () -> (ContentLoader.Result, TemplateSet?, [Diagnostic]) in
            // The theme first: the content is checked against its words' keys and languages.
            let (templates, problems) = TemplateSet.load(ThemeFiles(folder: folder.map(URL.init(fileURLWithPath:)),
                                                                    display: folder ?? ""))
            let words = templates?.words ?? .builtin
            var loader = ContentLoader(root: URL(fileURLWithPath: options.content), displayRoot: options.content,
                                       includeDrafts: options.includeDrafts, stringKeys: words.keys, languages: words.languages)
            loader.reusableStages = reusable
            return (loader.load(), templates, missingFolder(folder) + problems)
        }
        let (result, templates, templateProblems) = loaded
        report.diagnostics = (result.diagnostics + templateProblems).sorted()
        if options.strict || result.content.site.strict {
            report.diagnostics = report.diagnostics.map(\.strict)
        }
        report.journeys = result.content.journeys.count
        report.stages = result.content.journeys.reduce(0) { $0 + $1.stages.count }
        report.stagesReused = result.stagesReused
        report.personas = result.content.personas.count
        report.survey = result.content.surveyTally
        report.feedback = result.content.feedbackTally
        report.snapshots = result.content.snapshots.count
        guard !report.diagnostics.hasErrors, let templates else { return nil }
        let analysis = timed("analyze", into: &report) { SiteAnalysis(content: result.content) }
        return (analysis, templates, result.stages)
    }

    /// An error when the site's own templates folder was named but does not exist.
    private static func missingFolder(_ folder: String?) -> [Diagnostic] {
        guard let folder, !FileTree.isFolder(folder) else { return [] }
        return [.error(at: SourceLocation(file: folder), "the templates folder \(folder) does not exist",
                       hint: "pass the folder of your template overrides, or leave --templates out to use the built-in theme")]
    }

    /// Runs `work` and adds its duration to the report under `phase`.
    private static func timed<T>(_ phase: String, into report: inout BuildReport, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            report.phases.append(BuildReport.Phase(name: phase, seconds: seconds))
        }
        return try work()
    }
}
