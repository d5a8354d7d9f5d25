import ContentLoader
import JourneyModel
import SiteWriter

/// One content file as the build cache remembers it: the fingerprint of its bytes, of a note's
/// head (its front matter), and its stamp when it was read.
///
/// A file whose stamp has not changed since the last build keeps its fingerprints without being
/// read again, unless its time is within the file system's clock step of that build's start: a
/// file changed twice within one step could keep its stamp (the "racy" case, as in git), so such
/// a file is read again.
struct ContentFingerprint: Equatable, Sendable {
    /// The fingerprint of the whole file, in hexadecimal.
    var bytes: String
    /// The fingerprint of a note's head (see `FrontMatterBytes`); nil for other files.
    var head: String?
    /// `FileStamp.text` of the file when it was read.
    var stamp: String

    /// How long after a file's time a second change could still leave the same time: two
    /// seconds, the clock step of the coarsest file systems (FAT), for a time in whole seconds;
    /// a tenth of a second, well above the kernel's clock tick, for a time with nanoseconds.
    static func racyMargin(of stamp: FileStamp) -> Int64 {
        stamp.modified % 1_000_000_000 == 0 ? 2_000_000_000 : 100_000_000
    }
}

extension ContentFingerprint {
    /// The fingerprint of the file at `path`, and whether the file was read for it: `previous`
    /// is taken unread when the file's stamp is the one it was taken with, well before
    /// `previousTime` (nanoseconds since 1970).
    static func of(_ path: String, isNote: Bool, previous: ContentFingerprint?,
                   previousTime: Int64?) -> (fingerprint: ContentFingerprint, wasRead: Bool) {
        let stamp = FileStamp(path: path)
        if let stamp, let previous, let previousTime, previous.stamp == stamp.text,
           stamp.modified < previousTime - racyMargin(of: stamp) {
            return (previous, false)
        }
        guard let bytes = POSIXFile.read(path) else {
            return (ContentFingerprint(bytes: "unreadable", head: nil, stamp: stamp?.text ?? ""), true)
        }
        let head = isNote ? String(ContentHash.of(bytes[..<FrontMatterBytes.length(of: bytes)]), radix: 16) : nil
        return (ContentFingerprint(bytes: String(ContentHash.of(bytes), radix: 16), head: head, stamp: stamp?.text ?? ""), true)
    }
}
