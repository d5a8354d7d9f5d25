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
        let output = OutputFolder(path: options.output)
        let templatesFolder = options.templatesFolder()
        do {
            try output.checkWritable(protecting: [options.content] + (templatesFolder.map { [$0] } ?? []), force: options.force)
        } catch {
            report.failure = "\(error)"
            return report
        }
        let (cache, inputs) = timed("fingerprint", into: &report) { () -> (BuildCache?, BuildCache.Inputs) in
            let cache = BuildCache.load(from: output)
            return (cache, BuildCache.fingerprint(options, templates: templatesFolder, previous: cache))
        }
        let scope = cache?.scope(for: inputs)
        if let cache, scope?.journeys.isEmpty == true {
            report.restore(from: cache)
            if inputs.content != cache.content || inputs.filesRead > 0 {
                // Files touched or read again but not changed: keep their stamps and this build's
                // time, so that the next build need not read them.
                try? BuildCache(restoring: cache, inputs: inputs).save(to: output)
            }
            return report
        }
        try? output.removeSidecar(BuildCache.fileName)
        // With symbolic links a note may show under two paths, and the memo, kept by path, is not used.
        if inputs.hasLinks { try? output.removeSidecar(StageMemo.fileName) }
        let (reusable, memoPaths) = inputs.hasLinks ? ([:], nil) : timed("read memo", into: &report) {
            () -> ([String: LoadedStage], Set<String>?) in
            guard let memo = StageMemo.load(from: output, tool: BuildCache.tool) else { return ([:], nil) }
            return (memo.reusable(content: inputs.content), Set(memo.stages.keys))
        }
        guard let (analysis, templates, stages) = prepare(options, templates: templatesFolder, reusing: reusable, into: &report) else {
            return report
        }

        let plan = RebuildPlan(scope: scope, analysis: analysis)
        let rendered = SiteRenderer(templates: templates, contentRoot: URL(fileURLWithPath: options.content))
            .render(analysis, journeys: plan.journeys, siteWide: plan.siteWide)
        let files = rendered.files
        let kept = plan.kept(from: cache?.outputs ?? [:], made: Set(files.map(\.path)), analysis: analysis)
        report.incremental = plan.isIncremental
        report.files = files.count + kept.count
        report.pages = (files.map(\.path) + kept.keys).filter { $0.hasSuffix(".html") && !$0.hasPrefix(SitePaths.assets + "/") && !$0.hasPrefix(SitePaths.theme + "/") }.count
        do {
            // Pages are made as they are written: one phase, so that memory holds only the files in flight.
            let written = try timed("render and write", into: &report) { try output.write(files, keeping: Array(kept.keys), progress: options.progress) }
            report.templates = rendered.clock.timings
            report.written = written.written
            report.unchanged = written.unchanged + kept.count
            report.removed = written.removed
            let outputs = written.stamps.merging(kept) { new, _ in new }
            let cache = BuildCache(report: report, inputs: inputs, outputs: outputs)
            // Unless every stage was taken from the memo and it holds no other, it changes.
            let memoChanged = !inputs.hasLinks && (memoPaths != Set(stages.keys) || report.stagesReused != stages.count)
            try timed("save caches", into: &report) {
                if memoChanged {
                    try StageMemo(tool: BuildCache.tool, stages: stages).save(to: output)
                }
                try cache.save(to: output)
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
        report.journeys = result.content.journeys.count
        report.stages = result.content.journeys.reduce(0) { $0 + $1.stages.count }
        report.stagesReused = result.stagesReused
        report.personas = result.content.personas.count
        report.survey = result.content.surveyTally
        report.snapshots = result.content.snapshots.count
        guard !report.diagnostics.hasErrors, let templates else { return nil }
        let analysis = timed("analyze", into: &report) { SiteAnalysis(content: result.content) }
        return (analysis, templates, result.stages)
    }

    /// An error when the site's own templates folder was named but does not exist.
    private static func missingFolder(_ folder: String?) -> [Diagnostic] {
        var isFolder: ObjCBool = false
        guard let folder, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) else { return [] }
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
