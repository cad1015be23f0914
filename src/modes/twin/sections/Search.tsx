/** The twin's search box: choosing a result moves the focus to that stand or place in the page. */
import { useState } from 'react';
import { SearchBox } from '../../../dom/search/SearchBox.tsx';
import { useSearch } from '../../../dom/search/useSearch.ts';
import type { SearchResult } from '../../../dom/search/searchIndex.ts';
import { reveal, standAnchor, zoneAnchor } from '../anchors.ts';
import { amenityAnchor } from './Amenities.tsx';
import { sessionAnchor } from './Programme.tsx';

export function Search() {
  const [query, setQuery] = useState('');
  const results = useSearch(query);
  const choose = (r: SearchResult) =>
    reveal(
      r.kind === 'stand'
        ? standAnchor(r.id)
        : r.kind === 'amenity'
          ? amenityAnchor(r.id)
          : r.kind === 'session'
            ? sessionAnchor(r.id)
            : zoneAnchor(r.id),
    );
  return (
    <div className="twin-search">
      <SearchBox query={query} onQueryChange={setQuery} results={results} onChoose={choose} />
    </div>
  );
}
