/**
 * The search box of the popup and the explore page: one input of type search with the same
 * settings everywhere (no autocomplete, no spellcheck on names), reporting each edit as text.
 */
export interface SearchInputProps {
  id: string;
  value: string;
  placeholder: string;
  testId: string;
  onValue: (value: string) => void;
}

export function SearchInput({ id, value, placeholder, testId, onValue }: SearchInputProps) {
  return (
    <input
      id={id}
      type="search"
      autocomplete="off"
      spellcheck={false}
      placeholder={placeholder}
      value={value}
      data-testid={testId}
      onInput={(event) => onValue(event.currentTarget.value)}
    />
  );
}
