import JourneyModel

/// Writes many files fast: folders made once, files written on all cores, each replaced
/// atomically and only when its bytes changed, with no fsync.
public enum FileBatch {
    /// What happened to one file: whether its bytes were written, and its stamp afterwards.
    public struct Outcome: Sendable {
        public var written: Bool
        public var stamp: FileStamp?
    }

    /// Writes `files` (safe relative paths) under `root`, counting them in `progress`; says for
    /// each whether it was written.
    public static func write(_ files: [OutputFile], under root: String, progress: WriteProgress? = nil) throws -> [Outcome] {
        try POSIXFile.makeDirectories(root)
        let folders = Set(files.compactMap { file in file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } }).sorted()
        for folder in folders { try POSIXFile.makeDirectories("\(root)/\(folder)") }
        progress?.start(total: files.count)
        return try files.concurrentMap { file -> Result<Outcome, Error> in
            defer { progress?.advance() }
            return Result { try writeIfChanged(file, under: root) }
        }.map { try $0.get() }
    }

    /// Writes one file unless it already holds these bytes; says whether it wrote.
    private static func writeIfChanged(_ file: OutputFile, under root: String) throws -> Outcome {
        let bytes: [UInt8]
        switch file.contents {
        case .bytes(let made): bytes = made
        case .deferred(let make): bytes = make()
        case .copy(let source):
            guard let read = POSIXFile.read(source.path) else {
                throw OutputFolder.Refusal(message: "cannot read \(source.path)", hint: "check that the file exists and is readable")
            }
            bytes = read
        }
        let target = "\(root)/\(file.path)"
        if POSIXFile.size(target) == bytes.count, POSIXFile.read(target) == bytes {
            return Outcome(written: false, stamp: FileStamp(path: target))
        }
        try POSIXFile.replace(target, with: bytes)
        return Outcome(written: true, stamp: FileStamp(path: target))
    }
}
