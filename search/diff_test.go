package search

import (
	"encoding/json"
	"fmt"
	"strings"
)

// diff returns a line diff of want and got as indented JSON, "-" for
// lines only in want and "+" for lines only in got; "" when they are
// equal. (A small stand-in for go-cmp's cmp.Diff, to keep test
// dependencies out of go.mod.)
func diff(want, got any) string {
	w, g := jsonLines(want), jsonLines(got)
	if strings.Join(w, "\n") == strings.Join(g, "\n") {
		return ""
	}
	// Longest common subsequence of lines.
	n, m := len(w), len(g)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if w[i] == g[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && w[i] == g[j]:
			fmt.Fprintf(&b, "  %s\n", w[i])
			i, j = i+1, j+1
		case j < m && (i == n || l[i][j+1] >= l[i+1][j]):
			fmt.Fprintf(&b, "+ %s\n", g[j])
			j++
		default:
			fmt.Fprintf(&b, "- %s\n", w[i])
			i++
		}
	}
	return b.String()
}

func jsonLines(v any) []string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return []string{fmt.Sprintf("%#v", v)}
	}
	return strings.Split(string(b), "\n")
}
