extension String {
    /// The string filled with spaces to `width` characters, on the right or (`right`) the left.
    func padded(_ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - count))
        return right ? fill + self : self + fill
    }
}
