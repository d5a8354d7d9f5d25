import Foundation

extension BuildCache {
    /// The cache of a successful build.
    init(report: BuildReport, inputs: Inputs, outputs: [String: String]) {
        self.init(environment: inputs.environment, content: inputs.content, fingerprintTime: inputs.time, outputs: outputs,
                  warnings: report.warnings,
                  counts: ["journeys": report.journeys, "stages": report.stages, "personas": report.personas,
                           "pages": report.pages, "files": report.files, "surveyRead": report.survey.read,
                           "surveyRejected": report.survey.rejected, "feedbackRead": report.feedback.read,
                           "feedbackRejected": report.feedback.rejected, "snapshots": report.snapshots])
    }
}

extension BuildCache {
    /// The same cache with the stamps of `inputs`, whose files hold the same bytes.
    init(restoring cache: BuildCache, inputs: Inputs) {
        self = cache
        content = inputs.content
        fingerprintTime = inputs.time
    }
}

extension BuildReport {
    /// The report of a build skipped because nothing changed since the cached one.
    mutating func restore(from cache: BuildCache) {
        diagnostics = cache.warnings
        journeys = cache.counts["journeys"] ?? 0
        stages = cache.counts["stages"] ?? 0
        personas = cache.counts["personas"] ?? 0
        pages = cache.counts["pages"] ?? 0
        files = cache.counts["files"] ?? 0
        survey = .init(read: cache.counts["surveyRead"] ?? 0, rejected: cache.counts["surveyRejected"] ?? 0)
        feedback = .init(read: cache.counts["feedbackRead"] ?? 0, rejected: cache.counts["feedbackRejected"] ?? 0)
        snapshots = cache.counts["snapshots"] ?? 0
        unchanged = files
        upToDate = true
    }
}
