import Foundation
import SiteBuilder

/// The `--verbose` tables: time per build phase, then the slowest page templates.
enum BuildTimings {
    static func table(_ report: BuildReport) -> String {
        let total = max(report.totalSeconds, 1e-9)
        var lines = ["phase                seconds   share"]
        for phase in report.phases {
            lines.append(pad(phase.name, 18) + String(format: "%10.3f  %5.1f%%", phase.seconds, phase.seconds / total * 100))
        }
        lines.append(pad("total", 18) + String(format: "%10.3f", report.totalSeconds))
        if !report.upToDate {
            lines.append("stage notes taken as the last build loaded them: \(report.stagesReused)")
        }
        lines.append("")
        lines.append("template       pages   seconds   per page (ms)   (summed over threads)")
        for template in report.templates.prefix(10) {
            lines.append(pad(template.name, 12) + String(format: "%8d %9.3f %15.2f", template.pages, template.seconds,
                                                         template.seconds / Double(max(template.pages, 1)) * 1000))
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
