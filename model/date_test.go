package model

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for date, want := range map[string]string{
		"2024-04-15":                 "2024-04-15",
		"2024-04-15T10:00:00Z":       "2024-04-15",
		"2024-04-15T23:00:00-05:00":  "2024-04-16",
		"15–16 April 2024":           "2024-04-16",
		"16 april 2024":              "2024-04-16",
		"April 2024":                 "2024-04-01",
		"Vienna, 3 May 2023, report": "2023-05-03",
		"31 February 2024":           "",
		"spring":                     "",
		"":                           "",
	} {
		got, ok := ParseDate(date)
		if s := got.Format(time.DateOnly); ok != (want != "") || ok && s != want {
			t.Errorf("ParseDate(%q) = %s, %v; want %q", date, s, ok, want)
		}
	}
}
