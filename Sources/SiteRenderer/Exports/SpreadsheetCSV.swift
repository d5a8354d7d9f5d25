import CSV
import Foundation

/// CSV files that open as they are in a spreadsheet: UTF-8 with a byte-order mark, CRLF line
/// ends, and cells that cannot run as formulas.
enum SpreadsheetCSV {
    /// The CSV text of `rows`, the first being the header.
    static func text(_ rows: [[String]]) -> String {
        guard let writer = try? CSVWriter(stream: .toMemory(), newline: .crlf) else { return "" }
        for row in rows { try? writer.write(row: row.map(neutralize)) }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return "\u{FEFF}" + String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab or CR first)
    /// gets a leading apostrophe, so it shows as text and never runs.
    static func neutralize(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
