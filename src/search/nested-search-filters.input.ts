import { Field, InputType } from "type-graphql";

import { SearchFilter } from "./search-filter.input.js";

@InputType({
  description:
    "Conditions that must all hold for one element of a list property (SageMaker's NestedFilters), " +
    "such as one InputDataConfig channel with both a given name and a given S3 URI.",
})
export class NestedSearchFilters {
  @Field(() => String, {
    description:
      "The list property, such as InputDataConfig, SecondaryStatusTransitions or FinalMetricDataList. " +
      "Every filter name must start with it followed by a dot.",
  })
  nestedPropertyName!: string;

  @Field(() => [SearchFilter], { description: "1 to 20 conditions on members of the same list element." })
  filters!: SearchFilter[];
}
