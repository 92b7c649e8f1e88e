package text

// Distance returns the optimal string alignment distance between a and b:
// the fewest insertions, deletions, substitutions and transpositions of
// neighbours that turn one into the other (no substring edited twice),
// or k+1 as soon as it must exceed k. buf is scratch space, used when it
// holds at least 3*(len(a)+1) ints (nil allocates): a caller comparing
// one word with many passes the same buf. A negative k is taken as 0.
func Distance(a, b []rune, k int, buf []int) int {
	k = max(k, 0)
	if d := len(a) - len(b); d > k || -d > k {
		return k + 1
	}
	n := len(a)
	if len(buf) < 3*(n+1) {
		buf = make([]int, 3*(n+1))
	}
	prev2, prev, cur := buf[:n+1], buf[n+1:2*(n+1)], buf[2*(n+1):3*(n+1)]
	for i := range prev {
		prev[i] = i
	}
	for j := 1; j <= len(b); j++ {
		cur[0] = j
		best := cur[0]
		for i := 1; i <= n; i++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[i-2]+1)
			}
			cur[i] = d
			best = min(best, d)
		}
		if best > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[n], k+1)
}
