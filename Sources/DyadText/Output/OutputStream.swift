#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@inline(__always)
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }

/// A buffered writer to a file descriptor (stdout by default).
///
/// `print` locks and flushes per call; tagging millions of mentions needs one `write(2)` per
/// 64 KiB instead.
public final class ByteOutput: @unchecked Sendable {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let capacity: Int

    /// Creates a writer to `fd`.
    public init(fd: Int32 = 1, capacity: Int = 1 << 16) {
        self.fd = fd
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= capacity { flush() }
    }

    /// Appends a string.
    public func write(_ s: String) {
        buffer += s.utf8
        if buffer.count >= capacity { flush() }
    }

    /// Appends a line: the bytes and a newline.
    public func writeLine(_ bytes: [UInt8]) {
        buffer += bytes
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Writes everything buffered.
    public func flush() {
        var off = 0
        buffer.withUnsafeBytes { raw in
            while off < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
