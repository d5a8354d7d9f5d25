import ContentLoader

/// journeymap's version, as `--version` prints it and `make dist` names its archive.
enum Version {
    /// The release number; `make dist` reads it from this line.
    static let number = "0.1.0"

    /// `journeymap 0.1.0 (commit 1a2b3c4d5e6f)` and the libcmark it renders Markdown with.
    static var description: String {
        "journeymap \(number)" + (buildCommit.isEmpty ? "" : " (commit \(buildCommit))")
            + "\nlibcmark \(MarkdownRenderer.libraryVersion)"
    }
}
