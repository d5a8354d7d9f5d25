// journeymap-bench-templates: pages per second of the built-in stage and journey templates on a
// content folder, rendered by the Templating engine on one thread (see `TemplateBenchmark`: the
// values of every page are made first, untimed, and only rendering is timed, a journey page's
// with its body).
//
//   journeymap-bench-templates CONTENT [--seconds 2] [--reps 3]
//
// Each repetition renders the pages of each kind for at least --seconds; the table gives the
// best and median pages/s of the repetitions, their median MB/s (10^6 bytes of HTML), and the
// mean size of a page in bytes. Run by scripts/bench.sh.
import ContentLoader
import Dispatch
import Foundation
import JourneyAnalysis
import JourneyModel
import SiteRenderer

let kinds = ["stage", "journey"]

func fail(_ message: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("journeymap-bench-templates: \(message)\n".utf8))
    exit(status)
}

let usage = "usage: journeymap-bench-templates CONTENT [--seconds S] [--reps N]"
var content: String?
var seconds = 2.0, reps = 3
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--seconds":
        guard let value = arguments.popFirst().flatMap(Double.init), value > 0 else { fail(usage, status: 2) }
        seconds = value
    case "--reps":
        guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else { fail(usage, status: 2) }
        reps = value
    case _ where content == nil && !argument.hasPrefix("-"):
        content = argument
    default:
        fail(usage, status: 2)
    }
}
guard let content else { fail(usage, status: 2) }

let (loaded, problems) = TemplateSet.load(.builtin)
guard let templates = loaded else { fail("the built-in theme has errors:\n" + problems.map(\.description).joined(separator: "\n")) }
let result = ContentLoader(root: URL(fileURLWithPath: content), displayRoot: content,
                           stringKeys: templates.words.keys, languages: templates.words.languages).load()
guard !result.diagnostics.hasErrors else {
    fail("\(content) has errors:\n" + result.diagnostics.map(\.description).joined(separator: "\n"))
}
let analysis = SiteAnalysis(content: result.content)

let start = DispatchTime.now().uptimeNanoseconds
let benchmarks = kinds.map { TemplateBenchmark(analysis, templates: templates, template: $0) }
let made = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let notes = result.content.journeys.reduce(0) { $0 + $1.stages.count }
print("\(content): \(result.content.journeys.count) journeys, \(notes) stage notes; "
      + String(format: "values made in %.2f s (untimed); %d × %.1f s per kind, one thread", made, reps, seconds))

var runs = benchmarks.map { _ in [TemplateBenchmark.Result]() }
for _ in 0..<reps {
    for (index, benchmark) in benchmarks.enumerated() { runs[index].append(benchmark.run(seconds: seconds)) }
}

/// The middle value, or the mean of the two middle values.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
}

print("kind      pages    best/s  median/s   MB/s  page_B")
for (benchmark, results) in zip(benchmarks, runs) {
    let pages = results.reduce(0) { $0 + $1.pages }, bytes = results.reduce(0) { $0 + $1.bytes }
    print(benchmark.template.padding(toLength: 8, withPad: " ", startingAt: 0)
          + String(format: " %6d %9.1f %9.1f %6.2f %7d", benchmark.pages, results.map(\.pagesPerSecond).max() ?? 0,
                   median(results.map(\.pagesPerSecond)), median(results.map(\.bytesPerSecond)) / 1e6, pages > 0 ? bytes / pages : 0))
}
