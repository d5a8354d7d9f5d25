import ContentLoader
import Foundation
import JourneyAnalysis
import SiteWriter

/// Everything that makes a rebuild cheap, behind one seam: the build cache (what the last build
/// read and wrote), the stage memo (the stage notes as it loaded them) and the rebuild plan
/// (what to make again). `SiteBuild` asks it three things: whether there is nothing to do, which
/// stage notes need not be read again, and what to make; and tells it what was written.
struct IncrementalBuild {
    private let output: OutputFolder
    private let cache: BuildCache?
    private let inputs: BuildCache.Inputs
    private let scope: BuildCache.Scope?
    /// The paths of the notes the memo holds, when there is a memo.
    private var memoPaths: Set<String>?
    /// The stage notes that need not be read again, by path in the content folder.
    private(set) var reusableStages: [String: LoadedStage] = [:]

    /// Reads the last build's cache in `output` and fingerprints this build's inputs against it.
    init(_ options: BuildOptions, templates: String?, output: OutputFolder) {
        self.output = output
        cache = BuildCache.load(from: output)
        inputs = BuildCache.fingerprint(options, templates: templates, previous: cache)
        scope = cache?.scope(for: inputs)
    }

    /// Reads the stage memo: the stages this build can take as they are. None when the content
    /// holds symbolic links (a note may show under two paths), and the memo is removed then.
    mutating func readMemo() {
        if inputs.hasLinks {
            try? output.removeSidecar(StageMemo.fileName)
            return
        }
        guard let memo = StageMemo.load(from: output, tool: BuildCache.tool) else { return }
        reusableStages = memo.reusable(content: inputs.content)
        memoPaths = Set(memo.stages.keys)
    }

    /// The stage notes the last build into `output` loaded whose bytes are unchanged in the
    /// content folder, read without writing anything (`diff` reads the working tree with them).
    static func memoizedStages(content: String, output: String) -> [String: LoadedStage] {
        let folder = OutputFolder(path: output)
        let inputs = BuildCache.fingerprint(BuildOptions(content: content), templates: nil, previous: BuildCache.load(from: folder))
        guard !inputs.hasLinks, let memo = StageMemo.load(from: folder, tool: BuildCache.tool) else { return [:] }
        return memo.reusable(content: inputs.content)
    }

    /// The cache, when no input changed since it was written and every file it lists is as it
    /// left it: the build has nothing to make.
    var upToDate: BuildCache? {
        scope?.journeys.isEmpty == true ? cache : nil
    }

    /// Says the build is up to date: keeps the cache, with this build's stamps and time when
    /// files were touched or read again without changing, so the next build need not read them.
    func keepUpToDate() {
        guard let cache, inputs.content != cache.content || inputs.filesRead > 0 else { return }
        try? BuildCache(restoring: cache, inputs: inputs).save(to: output)
    }

    /// Forgets the last build before this one writes, so that an interrupted build is never taken as done.
    func discard() {
        try? output.removeSidecar(BuildCache.fileName)
    }

    /// What to make, given the analysis of this build's content.
    func plan(for analysis: SiteAnalysis) -> RebuildPlan {
        RebuildPlan(scope: scope, analysis: analysis)
    }

    /// The files of the last build that the plan keeps, with their stamps.
    func kept(by plan: RebuildPlan, made: Set<String>, analysis: SiteAnalysis) -> [String: String] {
        plan.kept(from: cache?.outputs ?? [:], made: made, analysis: analysis)
    }

    /// Saves what this build read and wrote for the next one: the cache, and the memo unless
    /// every stage was taken from it and it holds no other.
    func save(report: BuildReport, outputs: [String: String], stages: [String: LoadedStage]) throws {
        let memoChanged = !inputs.hasLinks && (memoPaths != Set(stages.keys) || report.stagesReused != stages.count)
        if memoChanged {
            try StageMemo(tool: BuildCache.tool, stages: stages).save(to: output)
        }
        try BuildCache(report: report, inputs: inputs, outputs: outputs).save(to: output)
    }
}
