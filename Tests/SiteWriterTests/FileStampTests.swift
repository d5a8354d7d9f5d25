import Foundation
@testable import SiteWriter
import Testing
import TestSupport

@Suite("File stamps")
struct FileStampTests {
    @Test func aStampChangesWhenTheFileIsReplacedOrRewritten() throws {
        let folder = TemporaryFolder("journeymap-stamp")
        folder.write("a.txt", "one")
        let path = folder.path + "/a.txt"
        let first = try #require(FileStamp(path: path))
        #expect(first.size == 3 && FileStamp(path: path) == first)
        try POSIXFile.replace(path, with: Array("two".utf8))
        let replaced = try #require(FileStamp(path: path))
        #expect(replaced != first, "same size, but a new file")
        #expect(replaced.text.split(separator: ":").count == 4)
    }

    @Test func foldersLinksAndMissingFilesHaveNoStamp() throws {
        let folder = TemporaryFolder("journeymap-stamp")
        folder.write("a.txt", "one")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: folder.path + "/a.txt")
        #expect(FileStamp(path: folder.path) == nil)
        #expect(FileStamp(path: folder.path + "/link") == nil)
        #expect(FileStamp(path: folder.path + "/missing") == nil)
    }
}
