package model

import (
	"regexp"
	"strings"
	"time"
)

// datePattern finds a date in a document's free-form date, like the
// last day of "15–16 April 2024".
var datePattern = regexp.MustCompile(`(?i)(?:\b(\d{1,2})\s+)?\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b`)

// ParseDate returns the day a document's free-form date names: an ISO
// date ("2024-04-15"), an RFC 3339 time (in UTC), or the first
// "[day] Month year" in the text, the last day of a range ("15–16 April
// 2024" is 16 April; "April 2024" its first day). ok is false when s
// names no valid date.
func ParseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), true
	}
	if m := datePattern.FindStringSubmatch(s); m != nil {
		day := m[1]
		if day == "" {
			day = "1"
		}
		if t, err := time.Parse("2 January 2006", day+" "+m[2]+" "+m[3]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
