package search

import (
	"slices"
	"strings"
	"testing"
)

func TestBatchBounds(t *testing.T) {
	long := strings.Repeat("x", buildBatchBytes/2+1)
	tests := []struct {
		name  string
		texts []string
		want  []int
	}{
		{"none", nil, []int{0}},
		{"short passages, by count", slices.Repeat([]string{"a b"}, buildBatchSize+1), []int{0, buildBatchSize, buildBatchSize + 1}},
		{"long passages, by bytes", []string{long, long, "a", long}, []int{0, 1, 3, 4}},
		{"one passage over the budget is a batch of its own", []string{"a", long + long, "b"}, []int{0, 1, 2, 3}},
	}
	for _, tt := range tests {
		ps := make([]Passage, len(tt.texts))
		for i, x := range tt.texts {
			ps[i].Text = x
		}
		if got := batchBounds(ps); !slices.Equal(got, tt.want) {
			t.Errorf("%s: batchBounds = %v, want %v", tt.name, got, tt.want)
		}
	}
}
