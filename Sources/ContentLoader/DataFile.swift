import CSV
import Foundation
import JourneyModel

/// A CSV export declared in `site.yml`, a survey or a feedback file, read as tools write it (see
/// `SurveyText`): its rows, with the line each starts on.
struct DataFile {
    var rows: [[String]]
    var separator: Unicode.Scalar
    /// About the file as a whole: an encoding assumed.
    var warnings: [Diagnostic]

    /// The file at `relative` in `folder`, or the error that stops it from being read. `kind`
    /// names it in messages (`survey`, `feedback`), `key` is its list in site.yml, and `columns`
    /// the header line an empty file is told to start with.
    static func read(_ relative: String, in folder: ContentFolder, declaration: SourceLocation?,
                     kind: String, key: String, columns: String) -> Result<DataFile, Diagnostic> {
        let path = folder.displayPath(relative)
        let start = SourceLocation(file: path)
        if let outside = folder.linkOutside(relative) { return .failure(outside) }
        guard let data = try? Data(contentsOf: folder.root.appendingPathComponent(relative)) else {
            return .failure(.error(at: declaration ?? start, "the \(kind) file \(path) cannot be read", hint: "check the path under '\(key)' in site.yml"))
        }
        let text: SurveyText
        switch SurveyText.read(data, path: path) {
        case .success(let read): text = read
        case .failure(let invalid): return .failure(invalid.diagnostic(path: path, name: "the \(kind) file"))
        }
        let warnings: [Diagnostic] = text.assumedEncoding.map { encoding in
            [.warning(at: start, "the \(kind) file is not UTF-8: read as \(encoding), as Excel writes it on Windows",
                      hint: "export it as 'CSV UTF-8' to be sure every accent reads right")]
        } ?? []
        let rows: [[String]]
        do {
            let parse = { Array(try CSVReader(string: text.text, hasHeaderRow: false, delimiter: text.separator)) }
            rows = try folder.dataFiles.map { try $0.rows(of: data, parse: parse) } ?? parse()
        } catch {
            return .failure(.error(at: start, "the \(kind) file is not valid CSV: \(error)"))
        }
        guard !rows.isEmpty else {
            return .failure(.error(at: start, "the \(kind) file is empty", hint: "its first line names the columns: \(columns)"))
        }
        return .success(DataFile(rows: rows, separator: text.separator, warnings: warnings))
    }

    /// The rows after the `headerRows` of the header, each with the line it starts on; rows with
    /// nothing in them are left out.
    func records(afterHeaderRows headerRows: Int) -> [(row: [String], line: Int)] {
        var line = 1 + rows.prefix(headerRows).reduce(0) { $0 + 1 + Self.newlines(in: $1) }
        var records: [(row: [String], line: Int)] = []
        for row in rows.dropFirst(headerRows) {
            defer { line += 1 + Self.newlines(in: row) }
            if row.allSatisfy({ $0.trimmed().isEmpty }) { continue }
            records.append((row, line))
        }
        return records
    }

    /// Each record after the `headerRows` of the header, read by `read`, counted as read or rejected.
    /// A rejected row is a diagnostic at its line (`<kind> row rejected: …`), left unsaid when
    /// the journey or stage it names failed to load: the note's error is then the cause.
    func read<Value>(afterHeaderRows headerRows: Int, path: String, kind: String, unloaded: [String: Set<String>?],
                     _ read: ([String], SourceLocation) -> Result<[Value], RowReader.Rejection>) -> DataRows<Value> {
        var result = DataRows<Value>()
        for (row, line) in records(afterHeaderRows: headerRows) {
            result.tally.read += 1
            let location = SourceLocation(file: path, line: line)
            switch read(row, location) {
            case .success(let values):
                result.values += values
            case .failure(let rejection):
                result.tally.rejected += 1
                if unloaded.contains(journey: rejection.journey, stage: rejection.stage) { continue }
                result.diagnostics.append(Diagnostic(rejection.isError ? .error : .warning, at: location,
                                                     "\(kind) row rejected: \(rejection.message)", hint: rejection.hint))
            }
        }
        return result
    }

    /// Line breaks inside a row's fields, so rows can be given the line they start on.
    private static func newlines(in row: [String]) -> Int {
        row.reduce(0) { $0 + $1.utf8.filter { $0 == UInt8(ascii: "\n") }.count }
    }
}

/// What a loader keeps of data files: the values of the rows it used, how many rows it read and
/// rejected, and what it has to say about them.
struct DataRows<Value> {
    var values: [Value] = []
    var tally = SurveyTally()
    var diagnostics: [Diagnostic] = []

    /// Only what is to be said: a file that cannot be read, or lacks a column.
    init(diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    /// The rows of every one of `files`, in order, each read by `load`.
    init<File>(_ files: [File], _ load: (File) -> DataRows) {
        for file in files {
            let rows = load(file)
            values += rows.values
            tally.read += rows.tally.read
            tally.rejected += rows.tally.rejected
            diagnostics += rows.diagnostics
        }
    }
}

extension Dictionary where Key == String, Value == Set<String>? {
    /// Whether the journey, or its stage, that a rejected row names failed to load: the note's error is then the cause.
    func contains(journey: String?, stage: String?) -> Bool {
        guard let journey, let failed = self[journey] else { return false }
        guard let stages = failed else { return true }
        return stage.map(stages.contains) ?? false
    }
}
