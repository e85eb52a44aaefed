// The part of the Adaptive Cards 1.5 schema the renderer writes, typed so that a misspelt property fails the build.
// Teams reads 1.5; nothing here needs a newer host.

export type TextColor = 'default' | 'accent' | 'good' | 'warning' | 'attention';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'bolder';
  size?: 'small' | 'medium' | 'large';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'medium';
  separator?: boolean;
  style?: 'heading';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'emphasis' | 'good' | 'warning' | 'attention';
  separator?: boolean;
  spacing?: 'small' | 'medium';
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
}

interface InputBase {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
  style?: 'text' | 'email';
  regex?: string;
}

export interface ChoiceInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: { title: string; value: string }[];
  style?: 'compact' | 'expanded';
  isMultiSelect?: boolean;
  value?: string;
  placeholder?: string;
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  value?: string;
}

export type CardInput = TextInput | ChoiceInput | DateInput;

export type CardElement = TextBlock | FactSet | Container | ActionSet | CardInput;

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  /** What a client that cannot show the card says instead (and what notifications show). */
  fallbackText: string;
  msteams: { width: 'Full' };
}

export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}
