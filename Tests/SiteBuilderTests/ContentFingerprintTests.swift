import Foundation
@testable import SiteBuilder
import SiteWriter
import Testing
import TestSupport

/// A content file is read again unless its stamp is the one remembered and its time is safely
/// before the last build's start.
@Suite("Content fingerprints")
struct ContentFingerprintTests {
    /// The fingerprint of a note whose time is `modified` (seconds since 1970), given a
    /// remembered one with a made-up hash, taken by a build that started `later` seconds after.
    private func fingerprint(modified: TimeInterval, later: TimeInterval, sameStamp: Bool = true) throws -> ContentFingerprint {
        let folder = TemporaryFolder("journeymap-fingerprint")
        let file = folder.write("01-a.md", "---\nstage: A\n---\nBody\n")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: modified)], ofItemAtPath: file.path)
        let stamp = try #require(FileStamp(path: file.path))
        let remembered = ContentFingerprint(bytes: "made-up", head: "made-up", stamp: sameStamp ? stamp.text : "0:0:0")
        let (fingerprint, wasRead) = ContentFingerprint.of(file.path, isNote: true, previous: remembered,
                                                           previousTime: stamp.modified + Int64(later * 1e9))
        #expect(wasRead == (fingerprint.bytes != "made-up"))
        return fingerprint
    }

    @Test func anUnchangedStampWellBeforeTheLastBuildIsTrusted() throws {
        #expect(try fingerprint(modified: 1_700_000_000.5, later: 1).bytes == "made-up")
    }

    @Test func aFileChangedJustBeforeTheLastBuildIsReadAgain() throws {
        #expect(try fingerprint(modified: 1_700_000_000.5, later: 0.05).bytes != "made-up")
    }

    @Test func aTimeInWholeSecondsMayHideAChangeForTwoSeconds() throws {
        #expect(try fingerprint(modified: 1_700_000_000, later: 1).bytes != "made-up")
        #expect(try fingerprint(modified: 1_700_000_000, later: 3).bytes == "made-up")
    }

    @Test func anotherStampIsReadAgainAndTheHeadIsFingerprintedApart() throws {
        let read = try fingerprint(modified: 1_700_000_000.5, later: 10, sameStamp: false)
        #expect(read.bytes != "made-up" && read.head != nil && read.head != read.bytes)
    }
}
