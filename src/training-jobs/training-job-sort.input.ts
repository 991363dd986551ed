import { Field, InputType, registerEnumType } from "type-graphql";

/** Sort keys of ListTrainingJobs; values are the SageMaker strings. */
export enum TrainingJobSortField {
  CREATION_TIME = "CreationTime",
  NAME = "Name",
  STATUS = "Status",
}

export enum SortOrder {
  ASCENDING = "Ascending",
  DESCENDING = "Descending",
}

registerEnumType(TrainingJobSortField, {
  name: "TrainingJobSortField",
  description: "What ListTrainingJobs sorts by.",
  valuesConfig: {
    CREATION_TIME: { description: "Creation time." },
    NAME: { description: "Job name." },
    STATUS: { description: "Primary status." },
  },
});

registerEnumType(SortOrder, {
  name: "SortOrder",
  description: "Direction of a sort.",
  valuesConfig: {
    ASCENDING: { description: "Smallest, oldest or A first." },
    DESCENDING: { description: "Largest, newest or Z first." },
  },
});

@InputType({ description: "Order of a training job list. The default is newest first." })
export class TrainingJobSort {
  @Field(() => TrainingJobSortField, { defaultValue: TrainingJobSortField.CREATION_TIME, description: "Sort key." })
  by!: TrainingJobSortField;

  @Field(() => SortOrder, { defaultValue: SortOrder.DESCENDING, description: "Sort direction." })
  order!: SortOrder;
}
