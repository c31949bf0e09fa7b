import Foundation

/// Two folders trading places in one step: renameat2(RENAME_EXCHANGE), looked up at run time since the
/// Swift Glibc module does not declare it; where the system lacks it, two renames, put back on failure.
enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    private static let exchangeFlag: UInt32 = 1 << 1

    static func exchange(_ a: String, _ b: String, failure: (Int32) -> Error) throws {
        if let renameat2 {
            if renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 { return }
            if errno != ENOSYS && errno != EINVAL { throw failure(errno) }
        }
        let aside = a + ".old"
        guard rename(b, aside) == 0 else { throw failure(errno) }
        guard rename(a, b) == 0 else {
            let code = errno
            rename(aside, b)
            throw failure(code)
        }
        guard rename(aside, a) == 0 else { throw failure(errno) }
    }
}
